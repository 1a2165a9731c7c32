<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Demo — %1</source>
        <translation>演示 — %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to restore your line, page by page (F1)</source>
        <translation>如何恢复额度，逐页说明（F1）</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>An example story in a window of its own; your records are not touched</source>
        <translation>在单独的窗口中打开示例数据，不会改动你的记录</translation>
    </message>
    <message>
        <source>The demo could not be made in %1: %2</source>
        <translation>无法在 %1 中生成演示数据：%2</translation>
    </message>
    <message>
        <source>The demo is already open in another Credit Health window.</source>
        <translation>演示已在另一个信用健康窗口中打开。</translation>
    </message>
</context>
</TS>
