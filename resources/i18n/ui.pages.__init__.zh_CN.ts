<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>恢复申请</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Restore journey</source>
        <translation>恢复额度</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Personal info</source>
        <translation>个人信息</translation>
    </message>
</context>
<context>
    <name>RepaymentsPage</name>
    <message>
        <source>Repayments</source>
        <translation>还款</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <source>Credit scores</source>
        <translation>信用分</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
</context>
<context>
    <name>SpendingPage</name>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
</context>
</TS>
