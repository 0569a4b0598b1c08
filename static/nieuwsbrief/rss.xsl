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
                <p class="feed-item-date">Gepubliceerd: <xsl:value-of select="substring(pubDate, 6, 11)" /></p>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
