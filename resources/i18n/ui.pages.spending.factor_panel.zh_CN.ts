<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConsumptionPanel</name>
    <message>
        <source>Counted over the last six complete months; refunds are taken off.</source>
        <translation>按最近六个完整月份计算，已扣除退款。</translation>
    </message>
    <message>
        <source>meets the %1 needed</source>
        <translation>已达到 %1 的要求</translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation>需达到 %1</translation>
    </message>
    <message>
        <source>What would raise it</source>
        <translation>如何提高</translation>
    </message>
    <message>
        <source>(%1 overall)</source>
        <translation>（综合 %1）</translation>
    </message>
</context>
</TS>
