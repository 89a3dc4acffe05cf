#!/usr/bin/env node
// `npm run webhook-definition [-- https://<site>]`: the GROQ-powered webhook a hosted Sanity project needs so a
// publish reaches the site, built from the same definition the dev runner registers with the local lake.
import { webhookDefinitionText } from './lib/site-webhook.mjs';

const [siteUrl = 'https://<site>'] = process.argv.slice(2);
process.stdout.write(`${webhookDefinitionText(siteUrl)}\n`);
