<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Sections</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>在%1中搜索</translation>
    </message>
</context>
</TS>
