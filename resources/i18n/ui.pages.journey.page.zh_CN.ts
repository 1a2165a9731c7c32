<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>JourneyPage</name>
    <message>
        <source>Restore journey</source>
        <translation>恢复额度</translation>
    </message>
    <message>
        <source>The five steps to get the line back. The app follows your records to show where you are, and remembers the dates for you.</source>
        <translation>恢复额度的五个步骤。本应用根据你的记录显示当前进度，并帮你记住各个日期。</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <source>Save the reminders as an .ics file for your phone or calendar app</source>
        <translation>将提醒保存为 .ics 文件，可导入手机或日历应用</translation>
    </message>
    <message>
        <source>Scoring your records…</source>
        <translation>正在评估你的记录…</translation>
    </message>
    <message>
        <source>Step %1 of 5: %2</source>
        <translation>第 %1 步（共 5 步）：%2</translation>
    </message>
    <message>
        <source>Done: your line was restored.</source>
        <translation>完成：额度已恢复。</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is not in the app yet, so decision dates in %1 are estimates. The State Council usually publishes it between October and December.</source>
        <translation>本应用还没有%1年的放假安排，因此%1年的审核结果日期只是估算。国务院通常在10月至12月间公布。</translation>
    </message>
    <message>
        <source>Add the notice…</source>
        <translation>添加通知…</translation>
    </message>
    <message>
        <source>Comparing with the day of the last attempt…</source>
        <translation>正在与上次申请当天对比…</translation>
    </message>
    <message>
        <source>New check-up</source>
        <translation>新的自查</translation>
    </message>
    <message>
        <source>Log an application</source>
        <translation>记录申请</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>记录结果</translation>
    </message>
</context>
</TS>
