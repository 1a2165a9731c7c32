<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Show the passphrases</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Nobody can open the records without this passphrase, not even this app: there is no way to recover it. Keep it somewhere safe.</source>
        <translation>没有这个密码，任何人都无法打开这些记录，包括本应用，密码也无法找回。请把它保存在安全的地方。</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters (or 4 Chinese characters).</source>
        <translation>太短：至少 8 个字符（或 4 个汉字）。</translation>
    </message>
    <message>
        <source>Weak: a longer phrase of several words is much harder to guess.</source>
        <translation>弱：由几个词组成的较长短语更难被猜中。</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger.</source>
        <translation>一般。越长越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. %1 tries left.</source>
        <translation>当前密码不正确。还可以再试 %1 次。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. One try left.</source>
        <translation>当前密码不正确。还可以再试 1 次。</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Wrong passphrase. One try left.</source>
        <translation>密码不正确。还可以再试 1 次。</translation>
    </message>
    <message>
        <source>Wrong passphrase. %1 tries left.</source>
        <translation>密码不正确。还可以再试 %1 次。</translation>
    </message>
</context>
</TS>
