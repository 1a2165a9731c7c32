<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverviewLabels</name>
    <message>
        <source>Repay a past-due bill today</source>
        <translation>今天还清一笔逾期账单</translation>
    </message>
    <message>
        <source>Repay the %1 %2 bill today: %3 (due %4)</source>
        <translation>今天还清%1 %2账单：%3（%4到期）</translation>
    </message>
    <message>
        <source>Repay every past-due bill today: %1</source>
        <translation>今天还清全部逾期账单：%1</translation>
    </message>
    <message>
        <source>Resolve the security incident</source>
        <translation>处理安全事件</translation>
    </message>
    <message>
        <source>Wait until %1</source>
        <translation>等到%1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1天后</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1天前</translation>
    </message>
</context>
</TS>
