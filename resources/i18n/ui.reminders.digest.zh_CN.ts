<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DigestDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>1 reminder came due while Credit Health was closed:</source>
        <translation>信用健康关闭期间，有 1 条提醒到期：</translation>
    </message>
    <message>
        <source>%1 reminders came due while Credit Health was closed:</source>
        <translation>信用健康关闭期间，有 %1 条提醒到期：</translation>
    </message>
    <message>
        <source>Show on the journey page</source>
        <translation>在恢复额度页查看</translation>
    </message>
</context>
</TS>
