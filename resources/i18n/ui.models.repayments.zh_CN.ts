<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="35"/>
        <source>Huabei</source>
        <translation>花呗</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="36"/>
        <source>Jiebei</source>
        <translation>借呗</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="37"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="38"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="45"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="46"/>
        <source>Limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="47"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="48"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="54"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="55"/>
        <source>By hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="68"/>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="69"/>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="80"/>
        <source>Paid off, %1</source>
        <translation>已还清（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="85"/>
        <source>Paid off</source>
        <translation>已还清</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="87"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="91"/>
        <source>Partly paid, due tomorrow</source>
        <translation>已还部分，明天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="93"/>
        <source>Partly paid, due in %1 days</source>
        <translation>已还部分，%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="95"/>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="97"/>
        <source>Due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="100"/>
        <source>Minimum paid</source>
        <translation>已还最低还款额</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="132"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="134"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="136"/>
        <source>Credit limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="142"/>
        <source>Owed</source>
        <translation>待还</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="148"/>
        <source>Past due</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="154"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BillsModel</name>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="190"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="191"/>
        <source>Period</source>
        <translation>账单月份</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="192"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="194"/>
        <source>Amount due</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="200"/>
        <source>Minimum</source>
        <translation>最低还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="206"/>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="212"/>
        <source>Left to pay</source>
        <translation>待还</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="218"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="228"/>
        <source>Paid in full on %1</source>
        <translation>%1 已全部还清</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="230"/>
        <source>Minimum paid on %1</source>
        <translation>%1 已还最低还款额</translation>
    </message>
</context>
<context>
    <name>RepaymentsModel</name>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="287"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="288"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="289"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="290"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="291"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="292"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="293"/>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="294"/>
        <source>Method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/models/repayments.py" line="295"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
</TS>
