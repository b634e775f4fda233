import { readFile } from 'node:fs/promises';

const config = JSON.parse(await readFile('config.json', 'utf8'));
void readFile('optional.json', 'utf8').then((text) => Object.assign(config, JSON.parse(text))).catch((error) => console.error(error));
