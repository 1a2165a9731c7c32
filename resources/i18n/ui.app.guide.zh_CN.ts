<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — Credit Health</source>
        <translation>使用指南 — 信用健康</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>A word in the guide, then Enter</source>
        <translation>输入要查找的词，按回车</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>Moves to the next place the word appears; Enter again for the next one</source>
        <translation>跳到该词下一次出现的位置；再按回车继续查找</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>指南目录</translation>
    </message>
    <message>
        <source>Choose a section to read it</source>
        <translation>选择一个章节阅读</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>The text of the guide; Tab moves to its links, Enter follows one</source>
        <translation>指南正文；按 Tab 在链接间移动，按回车打开链接</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
</TS>
