<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="211"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="212"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="213"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="214"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="219"/>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="220"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="221"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="222"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="223"/>
        <source>&amp;About Credit Health</source>
        <translation>关于信用健康(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation>设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="225"/>
        <source>&amp;Check-up…</source>
        <translation>自查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="229"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
</TS>
