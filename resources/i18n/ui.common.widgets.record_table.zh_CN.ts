<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RecordTable</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
</context>
</TS>
