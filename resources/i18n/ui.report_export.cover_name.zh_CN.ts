<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReportNameGroup</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Put my name on the readiness report&apos;s cover</source>
        <translation>在准备报告封面上显示我的姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>As it should print, e.g. Zhang Wei</source>
        <translation>按封面上要显示的写，例如：张伟</translation>
    </message>
    <message>
        <source>Off by default. While it is off, this name is masked wherever it appears in your notes, so a report you show names nobody.</source>
        <translation>默认关闭。关闭时，这个姓名在你的备注中出现的地方都会被遮盖，出示报告时不会暴露任何人的姓名。</translation>
    </message>
</context>
</TS>
