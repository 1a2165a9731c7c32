<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RecordCommands</name>
    <message>
        <source>Confirm bill %1</source>
        <translation>确认 %1 账单</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>添加账户 %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>删除账户 %1</translation>
    </message>
    <message>
        <source>Add bill %1</source>
        <translation>添加账单 %1</translation>
    </message>
    <message>
        <source>Edit bill %1</source>
        <translation>编辑账单 %1</translation>
    </message>
    <message>
        <source>Delete bill %1</source>
        <translation>删除账单 %1</translation>
    </message>
    <message>
        <source>Log repayment of %1</source>
        <translation>记录 %1 的还款</translation>
    </message>
    <message>
        <source>Edit repayment of %1</source>
        <translation>编辑 %1 的还款</translation>
    </message>
    <message>
        <source>Delete repayment of %1</source>
        <translation>删除 %1 的还款</translation>
    </message>
</context>
</TS>
