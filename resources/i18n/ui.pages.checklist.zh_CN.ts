<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>清除“%1”</translation>
    </message>
</context>
</TS>
