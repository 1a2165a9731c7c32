<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DateEdit</name>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>最多 %1 个字符（现为 %2 个）。</translation>
    </message>
</context>
<context>
    <name>IntEdit</name>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
</context>
</TS>
