<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CashoutReasons</name>
    <message>
        <source>transfer paid on credit</source>
        <translation>用信用支付的转账</translation>
    </message>
    <message>
        <source>gift card / recharge card resale</source>
        <translation>礼品卡、充值卡转卖</translation>
    </message>
    <message>
        <source>second-hand recycling</source>
        <translation>二手回收</translation>
    </message>
    <message>
        <source>personal collection code</source>
        <translation>个人收款码</translation>
    </message>
    <message>
        <source>category often used for cash-outs</source>
        <translation>常被用来套现的类别</translation>
    </message>
    <message>
        <source>same round amount, again and again</source>
        <translation>同一整数金额反复出现</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>深夜消费</translation>
    </message>
    <message>
        <source>most credit spending goes here</source>
        <translation>大部分信用消费流向这里</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CashoutRows</name>
    <message>
        <source>Cash-out-like rows paid on credit: %1 counted</source>
        <translation>用信用支付、疑似套现的记录：计入 %1 笔</translation>
    </message>
    <message>
        <source>A reviewer reads these as cash-outs (套现): each costs consumption points for six months. If one is an ordinary purchase, select it and mark it.</source>
        <translation>审核会把这些看作套现：每一笔都会在六个月内扣减消费行为的分数。如果其中有正常消费，选中它并标记即可。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Not a cash-out</source>
        <translation>不是套现(&amp;N)</translation>
    </message>
    <message>
        <source>Count it a&amp;gain</source>
        <translation>重新计入(&amp;G)</translation>
    </message>
    <message>
        <source>not a cash-out</source>
        <translation>不是套现</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Mark %1 as not a cash-out</source>
        <translation>将 %1 标记为不是套现</translation>
    </message>
    <message>
        <source>Count %1 as a cash-out again</source>
        <translation>重新把 %1 算作套现</translation>
    </message>
</context>
</TS>
