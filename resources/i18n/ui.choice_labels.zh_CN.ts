<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChoiceLabels</name>
    <message>
        <source>Huabei</source>
        <translation>花呗</translation>
    </message>
    <message>
        <source>Jiebei</source>
        <translation>借呗</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Other credit</source>
        <translation>其他信贷</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>App内申请</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Overdue repayment</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>Account risk</source>
        <translation>账户风险</translation>
    </message>
    <message>
        <source>Frequent changes to personal info</source>
        <translation>频繁修改信息</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不清楚</translation>
    </message>
</context>
</TS>
