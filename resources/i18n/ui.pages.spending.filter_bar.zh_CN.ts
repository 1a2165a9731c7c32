<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 笔</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>共 %1 笔交易</translation>
    </message>
    <message>
        <source>Search counterparty, description, order number…</source>
        <translation>搜索交易对方、商品说明、订单号…</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>搜索交易</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every transaction</source>
        <translation>显示全部交易</translation>
    </message>
</context>
</TS>
