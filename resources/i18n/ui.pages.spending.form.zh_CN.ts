<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TransactionForm</name>
    <message>
        <source>Edit transaction</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>收/支</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Neither (a move between my own accounts)</source>
        <translation>不计收支（自己账户之间转移）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>the shop or person</source>
        <translation>商户或个人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>商品说明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>e.g. 餐饮美食</source>
        <translation>例如：餐饮美食</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>e.g. 花呗 (Huabei), cash, a bank card</source>
        <translation>例如：花呗、现金、招商银行信用卡</translation>
    </message>
    <message>
        <source>A purchase is money out.</source>
        <translation>消费应为支出。</translation>
    </message>
    <message>
        <source>Income is money in.</source>
        <translation>收入类交易的收/支应为“收入”。</translation>
    </message>
</context>
</TS>
