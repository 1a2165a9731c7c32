<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangeForm</name>
    <message>
        <source>Change of details</source>
        <translation>信息修改</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>ChangeWarning</name>
    <message>
        <source>This will be the %1 change in %2 days: re-applying is blocked until %3.</source>
        <translation>这将是%2天内第%1次修改：%3前将无法重新申请。</translation>
    </message>
    <message>
        <source>This will be the %1 change in %2 days, the most allowed: one more would block re-applying.</source>
        <translation>这将是%2天内第%1次修改，已达上限：再改一次将无法重新申请。</translation>
    </message>
</context>
<context>
    <name>ProfileItemForm</name>
    <message>
        <source>Complete</source>
        <translation>已完善</translation>
    </message>
    <message>
        <source>This update changed my details: log it as a change</source>
        <translation>这次更新修改了信息：记为一次信息修改</translation>
    </message>
    <message>
        <source>Completed or updated on</source>
        <translation>完善或更新日期</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Completed or updated on</source>
        <translation>完善或更新日期</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Counts until</source>
        <translation>计入截止</translation>
    </message>
    <message>
        <source>Personal info</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Complete your details in Alipay and tick them here. Changing details often looks risky: more than %1 changes in %2 days blocks re-applying.</source>
        <translation>在支付宝中完善个人信息后在此勾选。频繁修改信息会被视为风险：%2天内修改超过%1次将无法重新申请。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>信息完善度</translation>
    </message>
    <message>
        <source>Changes of details</source>
        <translation>信息修改记录</translation>
    </message>
    <message>
        <source>Log a change…</source>
        <translation>记录修改…</translation>
    </message>
    <message>
        <source>%1 of %2 complete.</source>
        <translation>已完善 %1/%2 项。</translation>
    </message>
    <message>
        <source>Changes in the last %1 days: %2 (at most %3 allowed).</source>
        <translation>近%1天内修改%2次（最多允许%3次）。</translation>
    </message>
    <message>
        <source>Re-applying is blocked until %1.</source>
        <translation>%1前无法重新申请。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完善</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未完善</translation>
    </message>
    <message>
        <source>Update “%1”</source>
        <translation>更新“%1”</translation>
    </message>
    <message>
        <source>No longer counts</source>
        <translation>已不计入</translation>
    </message>
    <message>
        <source>Log a change</source>
        <translation>记录信息修改</translation>
    </message>
    <message>
        <source>Edit change</source>
        <translation>编辑修改记录</translation>
    </message>
    <message>
        <source>Delete change</source>
        <translation>删除修改记录</translation>
    </message>
</context>
</TS>
