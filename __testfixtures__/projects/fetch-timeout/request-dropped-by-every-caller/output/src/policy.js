// Its caller keeps the answer in state other code reads.
export const loadPolicy = async (policyUrl) => {
  const response = await fetch(policyUrl);
  return response.json();
};
