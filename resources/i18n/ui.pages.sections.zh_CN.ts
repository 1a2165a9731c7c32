<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/sections.py" line="150"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/sections.py" line="151"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
