<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>meets %1</source>
        <translation>已达标 %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需达到 %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>With these</source>
        <translation>试算结果</translation>
    </message>
    <message>
        <source>(tick to try)</source>
        <translation>（勾选试算）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>假如…</translation>
    </message>
    <message>
        <source>Tick what you could do and see what it changes. Nothing is saved.</source>
        <translation>勾选你可以做的事，看看会带来什么变化。不会保存任何内容。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Repay</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Proofs of income or assets</source>
        <translation>收入或资产证明</translation>
    </message>
    <message>
        <source>Nothing left to do today: every item is done.</source>
        <translation>今天没有可做的事项了：各项都已完成。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Wait until</source>
        <translation>等到</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Likely ready</source>
        <translation>预计可申请</translation>
    </message>
</context>
</TS>
