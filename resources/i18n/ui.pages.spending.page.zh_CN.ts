<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SpendingPage</name>
    <message>
        <source>No spending recorded yet: import your bill files to see it month by month.</source>
        <translation>还没有消费记录：导入账单文件后即可按月查看。</translation>
    </message>
    <message>
        <source>Imported transactions are the bill&apos;s record and cannot be edited; delete it if it should not count.</source>
        <translation>导入的交易以账单为准，不能编辑；如不应计入，可以删除。</translation>
    </message>
    <message>
        <source>Deleted. Edit → Undo brings it back.</source>
        <translation>已删除。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Add transaction of %1</source>
        <translation>添加 %1 的交易</translation>
    </message>
    <message>
        <source>Edit transaction of %1</source>
        <translation>编辑 %1 的交易</translation>
    </message>
    <message>
        <source>Delete transaction of %1</source>
        <translation>删除 %1 的交易</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>&amp;Import bill files…</source>
        <translation>导入账单文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Alipay or WeChat Pay bill files</source>
        <translation>导入支付宝或微信支付账单文件</translation>
    </message>
    <message>
        <source>New &amp;transaction…</source>
        <translation>新建交易(&amp;T)…</translation>
    </message>
    <message>
        <source>Keep a transaction the bill files do not have</source>
        <translation>记录账单文件中没有的交易</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>New transaction…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import bill files…</source>
        <translation>导入账单文件…</translation>
    </message>
    <message>
        <source>No transactions yet. Import the bill files Alipay or WeChat Pay send you (交易明细 / 账单): the consumption factor is read from them — how steadily you spend, large purchases, cash-outs on credit and the share paid with Huabei.</source>
        <translation>还没有交易记录。请导入支付宝交易明细或微信支付账单：消费行为因素据此计算——消费是否稳定、大额消费、信用套现以及花呗支付占比。</translation>
    </message>
    <message>
        <source>Spending by month</source>
        <translation>每月消费</translation>
    </message>
</context>
</TS>
