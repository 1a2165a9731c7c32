<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReportExport</name>
    <message>
        <source>&amp;Export readiness report…</source>
        <translation>导出额度恢复准备报告(&amp;E)…</translation>
    </message>
    <message>
        <source>A PDF of your readiness to keep, print or show</source>
        <translation>生成 PDF，可保存、打印或出示给他人</translation>
    </message>
</context>
</TS>
