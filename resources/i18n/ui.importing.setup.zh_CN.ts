<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import bill files…</source>
        <translation>导入账单文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Alipay or WeChat Pay bill files</source>
        <translation>导入支付宝或微信支付账单文件</translation>
    </message>
</context>
</TS>
