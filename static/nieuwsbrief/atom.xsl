<?xml version="1.0" encoding="UTF-8" ?>
<!--
  Renders the Atom feed as a readable Dutch page when it is opened in a browser.
  Referenced from atom.xml through the blog plugin's feedOptions.xslt option.
  No inline styles or scripts (CSP): the look comes from atom.css beside this file (which imports rss.css).
-->
<xsl:stylesheet
  version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes" />
  <xsl:template match="/">
    <html lang="nl">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Atom-feed: <xsl:value-of select="atom:feed/atom:title" /></title>
        <link rel="stylesheet" href="atom.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Dit is een Atom-feed.</strong> Wilt u nieuwe nummers automatisch ontvangen?
            Kopieer het adres van deze pagina uit de adresbalk en plak het in uw feedlezer.
          </p>
          <h1><xsl:value-of select="atom:feed/atom:title" /></h1>
          <p class="feed-description"><xsl:value-of select="atom:feed/atom:subtitle" /></p>
          <p><a href="{atom:feed/atom:link[not(@rel) or @rel='alternate']/@href}">Naar de nieuwsbrief op de website</a></p>
          <h2>Alle nummers</h2>
          <ul class="feed-items">
            <xsl:for-each select="atom:feed/atom:entry">
              <li class="feed-item">
                <h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title" /></a></h3>
                <p class="feed-item-date">Gepubliceerd: <xsl:call-template name="dutch-date"><xsl:with-param name="value" select="atom:updated" /></xsl:call-template></p>
                <p><xsl:value-of select="atom:summary" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- "2026-11-02T00:00:00.000Z" → "2 november 2026" -->
  <xsl:template name="dutch-date">
    <xsl:param name="value" />
    <xsl:variable name="m" select="substring($value, 6, 2)" />
    <xsl:value-of select="number(substring($value, 9, 2))" />
    <xsl:text> </xsl:text>
    <xsl:choose>
        <xsl:when test="$m = '01'">januari</xsl:when>
        <xsl:when test="$m = '02'">februari</xsl:when>
        <xsl:when test="$m = '03'">maart</xsl:when>
        <xsl:when test="$m = '04'">april</xsl:when>
        <xsl:when test="$m = '05'">mei</xsl:when>
        <xsl:when test="$m = '06'">juni</xsl:when>
        <xsl:when test="$m = '07'">juli</xsl:when>
        <xsl:when test="$m = '08'">augustus</xsl:when>
        <xsl:when test="$m = '09'">september</xsl:when>
        <xsl:when test="$m = '10'">oktober</xsl:when>
        <xsl:when test="$m = '11'">november</xsl:when>
        <xsl:when test="$m = '12'">december</xsl:when>
      <xsl:otherwise><xsl:value-of select="$m" /></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($value, 1, 4)" />
  </xsl:template>
</xsl:stylesheet>
