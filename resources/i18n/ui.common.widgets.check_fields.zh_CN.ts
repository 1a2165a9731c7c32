<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckSet</name>
    <message>
        <source>Choose at least one.</source>
        <translation>请至少选择一项。</translation>
    </message>
</context>
</TS>
