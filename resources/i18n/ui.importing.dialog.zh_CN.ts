<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose bill files</source>
        <translation>选择账单文件</translation>
    </message>
    <message>
        <source>Bill files (*.csv *.xlsx *.zip);;All files (*)</source>
        <translation>账单文件 (*.csv *.xlsx *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>将新增 %1 笔</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1 笔</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Needs its password</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>No file can be imported yet.</source>
        <translation>暂无可导入的文件。</translation>
    </message>
    <message>
        <source>Import will add %1 transactions.</source>
        <translation>将新增 %1 笔交易。</translation>
    </message>
    <message>
        <source>Import will add %1 transactions from %2 files.</source>
        <translation>将从 %2 个文件新增 %1 笔交易。</translation>
    </message>
    <message>
        <source>1 zip waits for its password.</source>
        <translation>1 个压缩包等待输入密码。</translation>
    </message>
    <message>
        <source>%1 zips wait for their passwords.</source>
        <translation>%1 个压缩包等待输入密码。</translation>
    </message>
    <message>
        <source>1 file cannot be imported and is left out.</source>
        <translation>1 个文件无法导入，已略过。</translation>
    </message>
    <message>
        <source>%1 files cannot be imported and are left out.</source>
        <translation>%1 个文件无法导入，已略过。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import %1 bill files</source>
        <translation>导入 %1 个账单文件</translation>
    </message>
    <message>
        <source>Added %1 transactions; %2 were already imported.</source>
        <translation>新增 %1 笔交易；%2 笔此前已导入。</translation>
    </message>
    <message>
        <source>Edit → Undo removes this import again.</source>
        <translation>可用“编辑 → 撤销”撤回本次导入。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入：没有导入任何记录。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何记录。</translation>
    </message>
    <message>
        <source>Import bill files</source>
        <translation>导入账单文件</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>待导入的文件</translation>
    </message>
    <message>
        <source>Import the transaction details that Alipay (交易明细) or WeChat Pay (账单) sent you: the CSV or XLSX file, or the zip it came in. Rows imported before are recognised by their order number and not added twice.</source>
        <translation>导入支付宝交易明细或微信支付账单：CSV 或 XLSX 文件，或原始压缩包均可。已导入过的交易按订单号识别，不会重复添加。</translation>
    </message>
    <message>
        <source>Getting the files — Alipay: 我的 → 账单 → ⋯ → 开具交易流水证明 → 用于个人对账. WeChat: 我 → 服务 → 钱包 → 账单 → 下载账单 → 用于个人对账. Both send the file by email and the unzip password in a message in the app.</source>
        <translation>获取账单文件——支付宝：我的 → 账单 → ⋯ → 开具交易流水证明 → 用于个人对账；微信：我 → 服务 → 钱包 → 账单 → 下载账单 → 用于个人对账。文件会发到你的邮箱，解压密码在 App 的消息中。</translation>
    </message>
    <message>
        <source>Drop bill files here, or choose them with Add files…</source>
        <translation>把账单文件拖到这里，或点击“添加文件…”选择</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Show &amp;transactions</source>
        <translation>查看交易(&amp;T)</translation>
    </message>
</context>
</TS>
