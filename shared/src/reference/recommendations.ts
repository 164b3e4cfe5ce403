/** The seven recommendations closing the HEE report (seeds/001, "Recommendations and next steps"). */
export const RECOMMENDATIONS = [
  'Postgraduate deans, working together with their local leadership academy, should ensure that a clear development offer is available, and accessible, to all doctors in postgraduate training built on the principles in this report.',
  'Postgraduate deans and local leadership academies should engage in a three-way conversation with employers about how to create workplaces that support and invite leadership learning.',
  "Health Education England's national quality framework should be used to ensure leadership development opportunities are available as an integral part of all clinical placements.",
  'A national implementation group of leads for postgraduate medical leadership development, representing all localities, should be established for the purpose of sharing best practice and resources, and developing a common approach.',
  'HEE should work with the Academy of Medical Royal Colleges and the Faculty of Medical Leadership and Management to ensure that local delivery, and curricula requirements and support are aligned.',
  'Explicit measures of progress should be established, including a baseline assessment, and nationally coordinated monitoring and reporting.',
  'Implementation plans should be developed locally in line with this guidance and progress reported through HEE Postgraduate Deans and the Management Board of the NHS Leadership Academy.',
].map((text, index) => ({ number: index + 1, text }));
