<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="152"/>
        <source>Nothing to remind you of right now.</source>
        <translation>目前没有需要提醒的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="156"/>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="71"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="72"/>
        <source>I have done this: stop reminding me of it</source>
        <translation>已完成，不再提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="75"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="82"/>
        <source>For a day</source>
        <translation>推迟 1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="83"/>
        <source>Until tomorrow morning</source>
        <translation>明天早上再提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="84"/>
        <source>For a week</source>
        <translation>推迟 1 周</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="91"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="92"/>
        <source>Not needed: remove this reminder</source>
        <translation>不需要：移除此提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminders_list.py" line="99"/>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
</context>
</TS>
