<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/record_table.py" line="68" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
</context>
</TS>