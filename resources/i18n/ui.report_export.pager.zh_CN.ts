<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PagePreview</name>
    <message>
        <source>Drawing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Pages of the report</source>
        <translation>报告各页</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
</TS>
