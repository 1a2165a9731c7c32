<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckupWizard</name>
    <message>
        <source>Check-up</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>Sesame score: %1</source>
        <translation>芝麻信用分：%1</translation>
    </message>
    <message>
        <source>Security checklist: %1 of %2 done</source>
        <translation>安全检查：已完成%1/%2项</translation>
    </message>
    <message>
        <source>Personal info: %1 of %2 complete</source>
        <translation>个人信息：已完善%1/%2项</translation>
    </message>
    <message>
        <source>The overview then shows your verdict and what to do first.</source>
        <translation>随后“总览”会显示评估结论和优先要做的事。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Finish saves the check-up. Edit → Undo takes it all back.</source>
        <translation>点击“完成”保存自查结果；“编辑 → 撤销”可一次全部撤回。</translation>
    </message>
</context>
</TS>
