<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Already recorded: the check-up updates its status and limit.</source>
        <translation>已记录：自查会更新它的状态和额度。</translation>
    </message>
    <message>
        <source>Which credit accounts do you have?</source>
        <translation>你有哪些信贷账户？</translation>
    </message>
    <message>
        <source>Tick each one, with its status now and its limit if you know it.</source>
        <translation>勾选你有的账户，并填写当前状态和额度（如果知道）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>Optional, e.g. 8,000</source>
        <translation>选填，如 8,000</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What is already in order?</source>
        <translation>哪些已经做好了？</translation>
    </message>
    <message>
        <source>Tick what you have done. The rest becomes your to-do list.</source>
        <translation>勾选已经做到的，其余的将成为你的待办清单。</translation>
    </message>
    <message>
        <source>changed on</source>
        <translation>修改于</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <source>Why was the line limited?</source>
        <translation>额度为什么被限制？</translation>
    </message>
    <message>
        <source>Tick the reasons you were given or suspect. Choose “Not sure” if none was given.</source>
        <translation>勾选官方给出或你怀疑的原因。如果没有说明，请选“不清楚”。</translation>
    </message>
    <message>
        <source>What the app or customer service told you (optional):</source>
        <translation>App或客服告诉你的原因（选填）：</translation>
    </message>
</context>
<context>
    <name>SesamePage</name>
    <message>
        <source>Your Sesame score</source>
        <translation>你的芝麻信用分</translation>
    </message>
    <message>
        <source>Optional: you can add it later on the Credit scores page.</source>
        <translation>选填：之后也可以在“信用分”页面添加。</translation>
    </message>
    <message>
        <source>In Alipay: Me → Sesame Credit.</source>
        <translation>在支付宝中：我的 → 芝麻信用。</translation>
    </message>
    <message>
        <source>I know my current Sesame score</source>
        <translation>我知道当前的芝麻信用分</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Credit Health</source>
        <translation>欢迎使用信用健康</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>所有数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Step 1 of getting your credit line back is a check-up: why it was limited, which accounts you have, and what is already in order. It takes about two minutes.</source>
        <translation>恢复额度的第一步是自查：为什么被限制、有哪些账户、哪些方面已经做好。大约需要两分钟。</translation>
    </message>
    <message>
        <source>Start the check-up</source>
        <translation>开始自查</translation>
    </message>
    <message>
        <source>Explore with demo data first</source>
        <translation>先用示例数据看看</translation>
    </message>
    <message>
        <source>An example story of 18 months. To start your own records later, create a new database in Preferences.</source>
        <translation>一段18个月的示例经历。之后想开始记录自己的数据，可在“设置”中新建数据库。</translation>
    </message>
</context>
</TS>
