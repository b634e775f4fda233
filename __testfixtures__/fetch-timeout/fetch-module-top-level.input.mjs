const response = await fetch('https://example.com/config.json');
export const config = await response.json();
