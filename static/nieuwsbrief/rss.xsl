<?xml version="1.0" encoding="UTF-8" ?>
<!--
  Renders the RSS feed as a readable Dutch page when it is opened in a browser.
  Referenced from rss.xml through the blog plugin's feedOptions.xslt option.
  No inline styles or scripts (CSP): the look comes from rss.css beside this file.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes" />
  <xsl:template match="/">
    <html lang="nl">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>RSS-feed: <xsl:value-of select="rss/channel/title" /></title>
        <link rel="stylesheet" href="rss.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Dit is een RSS-feed.</strong> Wilt u nieuwe nummers automatisch ontvangen?
            Kopieer het adres van deze pagina uit de adresbalk en plak het in uw feedlezer.
          </p>
          <h1><xsl:value-of select="rss/channel/title" /></h1>
          <p class="feed-description"><xsl:value-of select="rss/channel/description" /></p>
          <p><a href="{rss/channel/link}">Naar de nieuwsbrief op de website</a></p>
          <h2>Alle nummers</h2>
          <ul class="feed-items">
            <xsl:for-each select="rss/channel/item">
              <li class="feed-item">
                <h3><a href="{link}"><xsl:value-of select="title" /></a></h3>
                <p class="feed-item-date">Gepubliceerd: <xsl:call-template name="dutch-date"><xsl:with-param name="value" select="pubDate" /></xsl:call-template></p>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- "Mon, 02 Nov 2026 00:00:00 GMT" → "2 november 2026" -->
  <xsl:template name="dutch-date">
    <xsl:param name="value" />
    <xsl:variable name="m" select="substring($value, 9, 3)" />
    <xsl:value-of select="number(substring($value, 6, 2))" />
    <xsl:text> </xsl:text>
    <xsl:choose>
        <xsl:when test="$m = 'Jan'">januari</xsl:when>
        <xsl:when test="$m = 'Feb'">februari</xsl:when>
        <xsl:when test="$m = 'Mar'">maart</xsl:when>
        <xsl:when test="$m = 'Apr'">april</xsl:when>
        <xsl:when test="$m = 'May'">mei</xsl:when>
        <xsl:when test="$m = 'Jun'">juni</xsl:when>
        <xsl:when test="$m = 'Jul'">juli</xsl:when>
        <xsl:when test="$m = 'Aug'">augustus</xsl:when>
        <xsl:when test="$m = 'Sep'">september</xsl:when>
        <xsl:when test="$m = 'Oct'">oktober</xsl:when>
        <xsl:when test="$m = 'Nov'">november</xsl:when>
        <xsl:when test="$m = 'Dec'">december</xsl:when>
      <xsl:otherwise><xsl:value-of select="$m" /></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($value, 13, 4)" />
  </xsl:template>
</xsl:stylesheet>
