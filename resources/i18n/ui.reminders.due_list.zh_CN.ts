<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderList</name>
    <message>
        <source>Nothing to remind you of right now.</source>
        <translation>目前没有需要提醒的事项。</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>I have done this: stop reminding me of it</source>
        <translation>已完成，不再提醒</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>For a day</source>
        <translation>推迟 1 天</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>明天早上再提醒</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>推迟 1 周</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not needed: remove this reminder</source>
        <translation>不需要：移除此提醒</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
</context>
</TS>
