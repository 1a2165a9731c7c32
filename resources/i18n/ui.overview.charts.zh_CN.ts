<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="169"/>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="171"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="170"/>
        <source>Chart options</source>
        <translation>图表选项</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="172"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="173"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="203"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/overview/charts.py" line="205"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
</TS>
