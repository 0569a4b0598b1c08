<?xml version="1.0" encoding="UTF-8" ?>
<!--
  Renders the Atom feed as a readable Dutch page when it is opened in a browser.
  Referenced from atom.xml through the blog plugin's feedOptions.xslt option.
  No inline styles or scripts (CSP): the look comes from atom.css beside this file.
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
                <p class="feed-item-date">Gepubliceerd: <xsl:value-of select="substring(atom:published, 1, 10)" /></p>
                <p><xsl:value-of select="atom:summary" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
