<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReadOnly</name>
    <message>
        <source>This database is open read-only: changes cannot be saved.</source>
        <translation>此数据库以只读方式打开：无法保存修改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
