<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverviewLabels</name>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="30"/>
        <source>Repay a past-due bill today</source>
        <translation>今天还清一笔逾期账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="32"/>
        <source>Repay the %1 %2 bill today: %3 (due %4)</source>
        <translation>今天还清%1 %2账单：%3（%4到期）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="42"/>
        <source>Repay every past-due bill today: %1</source>
        <translation>今天还清全部逾期账单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="50"/>
        <source>Resolve the security incident</source>
        <translation>处理安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="59"/>
        <source>Wait until %1</source>
        <translation>等到%1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="69"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="71"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="73"/>
        <source>in %1 days</source>
        <translation>%1天后</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/labels.py" line="74"/>
        <source>%1 days ago</source>
        <translation>%1天前</translation>
    </message>
</context>
</TS>
