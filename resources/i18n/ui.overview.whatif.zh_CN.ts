<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="308"/>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="312"/>
        <source>With these</source>
        <translation>试算结果</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="312"/>
        <source>(tick to try)</source>
        <translation>（勾选试算）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="318"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="329"/>
        <source>What if…</source>
        <translation>假如…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="331"/>
        <source>Tick what you could do and see what it changes. Nothing is saved.</source>
        <translation>勾选你可以做的事，看看会带来什么变化。不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="333"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="335"/>
        <source>Repay</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="337"/>
        <source>Security incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="339"/>
        <source>Proofs of income or assets</source>
        <translation>收入或资产证明</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="346"/>
        <source>Nothing left to do today: every item is done.</source>
        <translation>今天没有可做的事项了：各项都已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="348"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="349"/>
        <source>Wait until</source>
        <translation>等到</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="350"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="351"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="352"/>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/whatif.py" line="355"/>
        <source>Likely ready</source>
        <translation>预计可申请</translation>
    </message>
</context>
</TS>
