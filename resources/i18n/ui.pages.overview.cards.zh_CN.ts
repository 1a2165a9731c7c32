<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FactorCard</name>
    <message>
        <source>meets %1</source>
        <translation>已达标 %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需达到 %1</translation>
    </message>
    <message>
        <source>Change since 30 days ago</source>
        <translation>与30天前相比的变化</translation>
    </message>
    <message>
        <source>Everything counted here is in order.</source>
        <translation>这一项的各项要点都已达标。</translation>
    </message>
    <message>
        <source>Nothing recorded moves this factor yet.</source>
        <translation>目前还没有影响这一项的记录。</translation>
    </message>
    <message>
        <source>Nothing to do here for now.</source>
        <translation>这一项暂时无需处理。</translation>
    </message>
    <message>
        <source>Open %1 ›</source>
        <translation>前往%1 ›</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>Threshold %1</source>
        <translation>达标线 %1</translation>
    </message>
</context>
</TS>
