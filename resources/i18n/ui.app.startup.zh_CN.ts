<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Startup</name>
    <message>
        <source>Credit Health is already open with %1; that window was brought to the front.</source>
        <translation>信用健康已经打开了 %1，已将那个窗口切换到前台。</translation>
    </message>
</context>
</TS>
