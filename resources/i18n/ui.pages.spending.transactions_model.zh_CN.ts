<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TransactionLabels</name>
    <message>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Closed / unpaid</source>
        <translation>已关闭/未付款</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Repayment failed</source>
        <translation>还款失败</translation>
    </message>
    <message>
        <source>Cash-out on credit</source>
        <translation>疑似套现</translation>
    </message>
    <message>
        <source>Loan paid out</source>
        <translation>贷款发放</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Savings / investment</source>
        <translation>理财/储蓄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Counts as spending.</source>
        <translation>计入消费。</translation>
    </message>
    <message>
        <source>Money back: taken off the spending of the purchase it refunds.</source>
        <translation>退回的钱：从对应消费中扣除。</translation>
    </message>
    <message>
        <source>Closed or never paid: not spending.</source>
        <translation>已关闭或未付款：不计入消费。</translation>
    </message>
    <message>
        <source>A credit repayment: also listed under Repayments.</source>
        <translation>信用还款：同时列在“还款”页。</translation>
    </message>
    <message>
        <source>A repayment that failed: counted under credit status.</source>
        <translation>还款失败：计入信用状况。</translation>
    </message>
    <message>
        <source>Money moved to a person or to cash, paid with Huabei or a credit card: reviews read it as cashing out credit.</source>
        <translation>用花呗或信用卡转账给个人或充值提现：审核会视为信用套现。</translation>
    </message>
    <message>
        <source>A loan paid out to you (借呗, …): borrowing, not a cash-out.</source>
        <translation>发放给你的贷款（借呗等）：是借款，不算套现。</translation>
    </message>
    <message>
        <source>Money to or from a person: not spending.</source>
        <translation>与个人之间的转账：不计入消费。</translation>
    </message>
    <message>
        <source>Money received: not spending.</source>
        <translation>收到的钱：不计入消费。</translation>
    </message>
    <message>
        <source>Money-market or fund moves: not spending.</source>
        <translation>余额宝、理财等资金转入转出：不计入消费。</translation>
    </message>
    <message>
        <source>Not counted.</source>
        <translation>不计入。</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动记录</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>商品说明</translation>
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
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
</context>
</TS>
