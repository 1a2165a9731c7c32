<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="187"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="194"/>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="195"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="196"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="197"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="198"/>
        <source>&amp;About Credit Health</source>
        <translation>关于信用健康(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/main_window.py" line="202"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
</TS>
