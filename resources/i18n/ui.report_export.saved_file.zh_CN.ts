<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SavedBox</name>
    <message>
        <source>The readiness report (%1 pages) is saved.</source>
        <translation>准备报告已保存（共 %1 页）。</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
</TS>
