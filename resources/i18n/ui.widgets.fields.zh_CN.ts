<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/fields.py" line="101" />
        <source>This date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>IntEdit</name>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/fields.py" line="155" />
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/fields.py" line="157" />
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/fields.py" line="75" />
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <location filename="../../desktop/credithealth/ui/widgets/fields.py" line="174" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
</context>
</TS>